export default async function globalTeardown() {
  await globalThis.__SAMVERKAN_PG__?.stop();
}
