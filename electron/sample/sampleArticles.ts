/**
 * The two news articles of the sample project, bundled into the app as strings so the sample can
 * be created anywhere (packaged app, fresh user data folder) without reading files at run time.
 */
import usDetainees from '../../build/sample-articles/us-detainees-released.txt?raw';
import venezuelaFrees from '../../build/sample-articles/venezuela-frees-prisoners.txt?raw';

export interface SampleArticle {
  /** File name the text came from, recorded as the article's source. */
  sourceName: string;
  text: string;
}

export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  { sourceName: 'venezuela-frees-prisoners.txt', text: venezuelaFrees },
  { sourceName: 'us-detainees-released.txt', text: usDetainees },
];
