// A fake Bolt server for credential tests: it negotiates Bolt 5.4, answers HELLO, and refuses the LOGON with the
// failure it is given, keeping every byte it received (to show the password really was sent to it).
import net from "node:net";

export interface FakeBolt {
  uri: string;
  /** Everything the clients sent, in order. */
  received: () => Buffer;
  close: () => Promise<void>;
}

export type Behaviour =
  /** Refuse LOGON with this code and message. */
  | { kind: "refuse"; code: string; message: string }
  /** Accept the connection and close it at once. */
  | { kind: "hang-up" }
  /** Answer the handshake with bytes that are not Bolt. */
  | { kind: "garbage" };

const HANDSHAKE_BYTES = 20;
const BOLT_5_4 = Buffer.from([0, 0, 4, 5]);

export async function startFakeBolt(behaviour: Behaviour): Promise<FakeBolt> {
  const received: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    if (behaviour.kind === "hang-up") {
      socket.destroy();
      return;
    }
    let buffer = Buffer.alloc(0);
    let shookHands = false;
    let message: Buffer[] = [];
    socket.on("data", (data: Buffer) => {
      received.push(data);
      buffer = Buffer.concat([buffer, data]);
      if (!shookHands) {
        if (buffer.length < HANDSHAKE_BYTES) return;
        buffer = buffer.subarray(HANDSHAKE_BYTES);
        shookHands = true;
        socket.write(
          behaviour.kind === "garbage" ? Buffer.from("HTTP/1.1 400 Bad Request\r\n\r\n") : BOLT_5_4,
        );
        if (behaviour.kind === "garbage") return;
      }
      // Messages come in chunks (2-byte size, bytes), ended by a chunk of size 0.
      while (buffer.length >= 2) {
        const size = buffer.readUInt16BE(0);
        if (buffer.length < 2 + size) return;
        const chunk = buffer.subarray(2, 2 + size);
        buffer = buffer.subarray(2 + size);
        if (size > 0) {
          message.push(chunk);
          continue;
        }
        const whole = Buffer.concat(message);
        message = [];
        if (behaviour.kind === "refuse") answer(socket, whole[1]!, behaviour);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    received: () => Buffer.concat(received),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const HELLO = 0x01;
const LOGON = 0x6a;

function answer(socket: net.Socket, signature: number, refusal: { code: string; message: string }): void {
  if (signature === HELLO) send(socket, 0x70, { server: "Neo4j/5.26.0", connection_id: "bolt-fake" });
  else if (signature === LOGON) send(socket, 0x7f, { code: refusal.code, message: refusal.message });
  else socket.destroy();
}

/** One message: a struct of one map field, in one chunk. */
function send(socket: net.Socket, signature: number, fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  const body = Buffer.concat([
    Buffer.from([0xb1, signature, 0xa0 | entries.length]),
    ...entries.flatMap(([key, value]) => [packString(key), packString(value)]),
  ]);
  const size = Buffer.alloc(2);
  size.writeUInt16BE(body.length);
  socket.write(Buffer.concat([size, body, Buffer.from([0, 0])]));
}

function packString(text: string): Buffer {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 | bytes.length]), bytes]);
  if (bytes.length < 256) return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
  const size = Buffer.alloc(3);
  size[0] = 0xd1;
  size.writeUInt16BE(bytes.length, 1);
  return Buffer.concat([size, bytes]);
}
