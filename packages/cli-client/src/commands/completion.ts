import { Argument, type Command } from 'commander';
import { examples } from '../options';

/** A command of the program as completion sees it. */
interface Entry {
  path: string;
  subcommands: string[];
  /** What may follow the command: subcommands, options and its first argument's choices. */
  words: string[];
  /** The options that take a value, with the values they allow (none: any). */
  values: [flag: string, choices: string[]][];
}

function entries(command: Command, path = ''): Entry[] {
  const help = command.createHelp();
  const subcommands = help
    .visibleCommands(command)
    .map((sub) => sub.name())
    .filter((name) => name !== 'help');
  const options = help.visibleOptions(command).flatMap((option) => option.long ?? []);
  const choices = command.registeredArguments[0]?.argChoices ?? [];
  const values = command.options
    .filter((option) => option.required || option.optional)
    .map((option): [string, string[]] => [option.long ?? '', option.argChoices ?? []]);
  return [
    { path, subcommands, words: [...subcommands, ...choices, ...options], values },
    ...command.commands.flatMap((sub) => entries(sub, path ? `${path} ${sub.name()}` : sub.name())),
  ];
}

/** A shell `case` branch: `"pattern") echo "words" ;;`. Commands and values need no quoting. */
const branch = (pattern: string, words: string[]) =>
  `    "${pattern}") echo "${words.join(' ')}" ;;`;

/**
 * The functions both shells share: `_samverkan_sub PATH` lists a command's subcommands, and
 * `_samverkan_words PATH PREVIOUS` what may follow: after an option that takes a value, its
 * choices (nothing when any value goes); else the command's subcommands and options.
 */
function shared(program: Command): string {
  const all = entries(program);
  const values = all.flatMap((entry) =>
    entry.values.map(([flag, choices]) => ({ pattern: `${entry.path}|${flag}`, choices })),
  );
  const free = values.filter((value) => !value.choices.length).map((value) => `"${value.pattern}"`);
  return `_samverkan_sub() {
  case "$1" in
${all
  .filter((entry) => entry.subcommands.length)
  .map((entry) => branch(entry.path, entry.subcommands))
  .join('\n')}
  esac
}

_samverkan_words() {
  case "$1|$2" in
${values
  .filter((value) => value.choices.length)
  .map((value) => branch(value.pattern, value.choices))
  .join('\n')}
    ${free.join(' | ')}) ;;
    *)
      case "$1" in
${all.map((entry) => `  ${branch(entry.path, entry.words)}`).join('\n')}
      esac
      ;;
  esac
}`;
}

/** Walks the words before the cursor to the command they name (options and values skipped). */
const walk = (words: string, from: number, to: string) => `  local cmdpath="" word i
  for ((i = ${from}; i < ${to}; i++)); do
    word="${words}"
    case " $(_samverkan_sub "$cmdpath") " in
      *" $word "*) cmdpath="\${cmdpath:+$cmdpath }$word" ;;
    esac
  done`;

const SCRIPTS: Record<string, (program: Command) => string> = {
  bash: (
    program,
  ) => `# samverkan completion for bash. Load it with: source <(samverkan completion bash)
${shared(program)}

_samverkan() {
${walk('${COMP_WORDS[i]}', 1, 'COMP_CWORD')}
  local IFS=$' \\t\\n'
  COMPREPLY=($(compgen -W "$(_samverkan_words "$cmdpath" "\${COMP_WORDS[COMP_CWORD-1]}")" -- "\${COMP_WORDS[COMP_CWORD]}"))
}
# Nothing to offer (a file, a name): bash completes file names.
complete -o default -F _samverkan samverkan
`,
  zsh: (
    program,
  ) => `# samverkan completion for zsh. Load it after compinit with: source <(samverkan completion zsh)
${shared(program)}

_samverkan() {
${walk('${words[i]}', 2, 'CURRENT')}
  local -a candidates
  candidates=(\${=$(_samverkan_words "$cmdpath" "\${words[CURRENT-1]}")})
  # Nothing to offer (a file, a name): zsh completes file names.
  if (( \${#candidates} )); then compadd -- $candidates; else _files; fi
}
compdef _samverkan samverkan
`,
};

/** Adds `samverkan completion <bash|zsh>`: a completion script made from the program's commands. */
export function addCompletionCommand(program: Command): void {
  const command = program
    .command('completion')
    .description('Print a script that completes samverkan commands, options and values in a shell.')
    .addArgument(new Argument('<shell>', 'the shell').choices(Object.keys(SCRIPTS)))
    .action((shell: string) => {
      process.stdout.write(SCRIPTS[shell](program));
    });
  examples(
    command,
    'source <(samverkan completion bash)      # in ~/.bashrc',
    'source <(samverkan completion zsh)       # in ~/.zshrc, after compinit',
  );
}
