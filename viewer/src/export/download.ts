// Saves a Blob as a file through a temporary link (works from kg serve and from file://).
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileStamp(): string {
  return new Date().toISOString().slice(0, 16).replace(/[:T]/g, "-");
}
