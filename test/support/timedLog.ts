// A generated log with known times: a steady trickle of errors over half an hour and a burst of
// throttling between 10:02 and 10:03, so tests know exactly what the timeline must show.
import { prng } from './prng';

/** The generated text and what a timeline of it must count. */
export interface TimedLog {
  readonly text: string;
  /** Occurrences per code. */
  readonly counts: Readonly<Record<string, number>>;
  /** 0-based line of the first throttling error of the burst. */
  readonly burstFirstLine: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (minute: number, second: number, ms: number) => `2026-11-27 10:${pad(minute)}:${pad(second)}.${String(ms).padStart(3, '0')}`;

/**
 * 10:00 to 10:44: one Forbidden.KeyNotFound a minute (Java SDK style, message only) and an
 * InvalidParam every third minute; 10:02 to 10:03: 340 Rejected.Throttling (Go SDK style). Info
 * lines in between.
 */
export function timedLog(seed = 11): TimedLog {
  const random = prng(seed);
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  const add = (code: string) => (counts[code] = (counts[code] ?? 0) + 1);
  let burstFirstLine = -1;
  for (let minute = 0; minute < 45; minute++) {
    lines.push(`${stamp(minute, 1, 0)} INFO  [main] c.e.App - tick ${minute}`);
    lines.push(`${stamp(minute, 10, 5)} ERROR [main] c.e.KeyService - decrypt failed`);
    lines.push('com.aliyun.tea.TeaException: code: 404, The specified key does not exist. request id: 6A1B2C3D-0000-4000-8000-00000000' + pad(minute) + 'AB');
    lines.push('\tat com.aliyun.dkms.gcs.openapi.Client.doRequest(Client.java:148)');
    add('Forbidden.KeyNotFound');
    if (minute % 3 === 0) {
      lines.push(`${stamp(minute, 20, 0)} ERROR kms call failed code=InvalidParam httpCode=400 requestId=5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8${pad(minute)}`);
      add('InvalidParam');
    }
    if (minute === 2) {
      for (let i = 0; i < 340; i++) {
        const second = 12 + Math.floor((i / 340) * 47);
        if (burstFirstLine < 0) burstFirstLine = lines.length;
        lines.push(`${stamp(2, second, Math.floor(random() * 1000))} ERROR encrypt failed: Code: Rejected.Throttling httpCode: 429`);
        add('Rejected.Throttling');
      }
    }
  }
  return { text: lines.join('\n') + '\n', counts, burstFirstLine };
}
