import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useT } from '../../i18n';
import { setParams } from '../../router';
import { dayAfter, daysBetween } from './stops';

/** How long a replay shows each stop: time to read the day and see what changed. */
const STEP_MS = 1500;

/**
 * The replay's controls: a slider over the days from the first stop to the last, one step a day,
 * so that its scale follows time and it shows whatever day the day field shows (the URL's
 * `asOf`, replaced rather than pushed, so moving does not fill the history); the stops are its
 * ticks. Buttons step to the stop before or after, and Play/Pause steps through the stops: a
 * replay waits for the map of a stop to be drawn (`drawn`) before it counts the time to the next
 * one, and stops at the last stop; Play at the last stop starts again from the first.
 */
export function Replay({
  stops,
  index,
  today,
  drawn,
  undated,
}: {
  stops: string[];
  index: number;
  today: string;
  /** The map of the day shown is on the canvas (a replay waits for it). */
  drawn: boolean;
  /** Nothing in this view is dated; undefined while that is not known. */
  undated: boolean | undefined;
}) {
  const { t, date } = useT();
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const last = stops.length - 1;
  const show = (day: string) => setParams({ asOf: day === today ? null : day });
  const goTo = (stop: number) => show(stops[stop]);
  const first = stops[0];
  const shown = stops[index];

  const step = useEffectEvent(() => {
    goTo(index + 1);
    if (index + 1 >= last) setPlaying(false);
  });
  useEffect(() => {
    if (!playing || !drawn) return;
    const timer = setTimeout(step, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, drawn, index]);

  const play = () => {
    if (index >= last) goTo(0);
    setPlaying(true);
  };

  return (
    <section className="map-box map-replay" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.mapReplay}</h2>
      <div className="map-replay-controls">
        <button
          type="button"
          className="button"
          onClick={playing ? () => setPlaying(false) : play}
          disabled={last < 1}
        >
          {playing ? t.mapReplayPause : t.mapReplayPlay}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setPlaying(false);
            goTo(index - 1);
          }}
          disabled={index < 1}
        >
          {t.mapReplayPrevious}
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setPlaying(false);
            goTo(index + 1);
          }}
          disabled={index >= last}
        >
          {t.mapReplayNext}
        </button>
        <label htmlFor={id}>{t.mapReplayDay}</label>
        <input
          id={id}
          type="range"
          min={0}
          max={daysBetween(first, stops[last])}
          step={1}
          value={daysBetween(first, shown)}
          list={`${id}-stops`}
          aria-valuetext={date(shown)}
          disabled={last < 1}
          onChange={(event) => {
            setPlaying(false);
            show(dayAfter(first, Number(event.target.value)));
          }}
        />
        <datalist id={`${id}-stops`}>
          {stops.map((stop) => (
            <option key={stop} value={daysBetween(first, stop)} label={date(stop)} />
          ))}
        </datalist>
        <output htmlFor={id} className="map-replay-day">
          {date(shown)}
        </output>
      </div>
      {undated === undefined ? null : (
        <p className="muted">
          {undated
            ? t.mapReplayNone
            : t.mapReplayStops(stops.length, date(stops[0]), date(stops[last]))}
        </p>
      )}
    </section>
  );
}
