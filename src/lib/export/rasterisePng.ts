/**
 * An SVG string drawn onto a canvas and saved as PNG: the PNG export is the
 * SVG export rasterised, so the two always agree, and it needs no WebGL (the
 * map's own canvas is not used). The SVG goes through a blob: URL of our own
 * origin (allowed by the strict CSP's img-src), so the canvas is not tainted.
 */
export async function rasterisePng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives no 2D canvas to draw the image on');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not encode a ${width} × ${height} PNG`))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
