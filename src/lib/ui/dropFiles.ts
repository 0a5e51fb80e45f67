/**
 * The files of a drop: plain files, and the files directly inside a dropped
 * folder (people drag the folder their export is in). DOM only.
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items].map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null));
  // Without the entries API (or for plain files) the file list is enough.
  if (!entries.some((entry) => entry?.isDirectory)) return [...transfer.files];
  const files: File[] = [];
  for (const entry of entries) {
    if (!entry) continue;
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    else if (entry.isDirectory) {
      for (const child of await childrenOf(entry as FileSystemDirectoryEntry)) if (child.isFile) files.push(await fileOf(child as FileSystemFileEntry));
    }
  }
  return files;
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns the entries in batches until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}
