// Vite's `?url` imports: the address of a file it copies into the build as an asset.
declare module '*?url' {
  const url: string;
  export default url;
}
