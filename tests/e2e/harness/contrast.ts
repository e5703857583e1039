/**
 * The colour-contrast check the accessibility scenario runs on each screen (WCAG 2.1 AA, 1.4.3):
 * every visible piece of text against the background it is drawn on must reach 4.5:1, or 3:1 for
 * large text (24px, or 18.66px bold). Backgrounds are found by walking up to the nearest painted
 * ancestor and blending translucent layers over it, as the browser paints them. Disabled controls
 * and text hidden from everyone are exempt, as WCAG says. Returns the failures, each naming the
 * text, its colours and the ratio, so a failure says what to fix.
 */
import type { Page } from 'playwright-core';

export interface ContrastFailure {
  text: string;
  color: string;
  background: string;
  ratio: number;
  required: number;
}

/** Runs in the page. */
function findLowContrast(): ContrastFailure[] {
  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const [r, g, b, a = '1'] = m[1]!.split(/[,/\s]+/).filter(Boolean);
    return [Number(r), Number(g), Number(b), Number(a)];
  };
  const over = (top: Rgba, below: Rgba): Rgba => {
    const a = top[3] + below[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i]! * top[3] + below[i]! * below[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const luminance = ([r, g, b]: Rgba) => {
    const lin = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratioOf = (a: Rgba, b: Rgba) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const backgroundOf = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let painted: Rgba = [255, 255, 255, 1];
    if (layers.length && layers[layers.length - 1]![3] >= 1) painted = layers.pop()!;
    for (const layer of layers.reverse()) painted = over(layer, painted);
    return painted;
  };
  const failures: ContrastFailure[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || seen.has(el) || !node.textContent?.trim()) continue;
    seen.add(el);
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
    if (el.closest('[aria-hidden="true"], :disabled, [aria-disabled="true"]')) continue;
    // Text clipped away for screen readers only (the visually-hidden pattern) is not seen.
    if (rect.width <= 1 && rect.height <= 1) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const required = large ? 3 : 4.5;
    const background = backgroundOf(el);
    const color = over(parse(style.color), background);
    const ratio = ratioOf(color, background);
    if (ratio + 0.005 < required) {
      failures.push({
        text: node.textContent.trim().slice(0, 40),
        color: style.color,
        background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        ratio: Math.round(ratio * 100) / 100,
        required,
      });
    }
  }
  return failures;
}

export function lowContrastText(page: Page): Promise<ContrastFailure[]> {
  return page.evaluate(findLowContrast);
}
