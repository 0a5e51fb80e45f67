/** Renderer strings of WebGL implementations that draw on the CPU (apart from rendererChoice.ts so the probe's worker bundles only this). */
const SOFTWARE = /SwiftShader|llvmpipe|softpipe|Microsoft Basic Render Driver|Software Rasterizer|Software Adapter/i;

export function isSoftwareRenderer(rendererName: string): boolean {
  return SOFTWARE.test(rendererName);
}
