import { describe, expect, it } from 'vitest';
import { normalizeLanguageTag, primarySubtag, speechChunks, splitLongText, voiceForLanguage } from '../../src/lib/readAloud';

const voice = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: `${lang}${localService ? '' : ' (online)'}` });

describe('choosing a voice for the page', () => {
  it('finds a voice whose language matches the page, however the device writes the tag', () => {
    expect(voiceForLanguage([voice('fr-FR'), voice('ar_SA')], 'ar')?.lang).toBe('ar_SA');
    expect(voiceForLanguage([voice('EN-gb')], 'en')?.lang).toBe('EN-gb');
  });

  it('finds none when no voice speaks the page language, so the button stays hidden', () => {
    expect(voiceForLanguage([voice('en-GB'), voice('fr-FR')], 'ti')).toBeUndefined();
    expect(voiceForLanguage([], 'en')).toBeUndefined();
    expect(voiceForLanguage([voice('en-GB')], '')).toBeUndefined();
  });

  it('never uses an online voice, which would send the page text to another company', () => {
    expect(voiceForLanguage([voice('sq-AL', false)], 'sq')).toBeUndefined();
    expect(voiceForLanguage([voice('en-US', false), voice('en-GB')], 'en')?.name).toBe('en-GB');
  });

  it('prefers the exact tag, then the device default, then the first', () => {
    expect(voiceForLanguage([voice('zh-CN'), voice('zh-Hans')], 'zh-Hans')?.lang).toBe('zh-Hans');
    expect(voiceForLanguage([voice('en-US'), voice('en-GB', true, true)], 'en')?.lang).toBe('en-GB');
    expect(voiceForLanguage([voice('en-US'), voice('en-AU')], 'en')?.lang).toBe('en-US');
  });

  it('reads language tags the same way whatever their case or separator', () => {
    expect(normalizeLanguageTag(' zh_Hans ')).toBe('zh-hans');
    expect(primarySubtag('ckb-IQ')).toBe('ckb');
  });
});

describe('cutting the page text into pieces to speak', () => {
  it('tidies spaces and drops empty blocks', () => {
    expect(speechChunks(['  Your   rights\n', '', '   ', 'You choose.'])).toEqual(['Your rights', 'You choose.']);
  });

  it('keeps a short block whole', () => {
    expect(splitLongText('One. Two.', 50)).toEqual(['One. Two.']);
  });

  it('splits a long block at sentence ends, in Latin, Arabic and Ethiopic text', () => {
    expect(splitLongText('First sentence here. Second one here? Third.', 25)).toEqual(['First sentence here.', 'Second one here?', 'Third.']);
    expect(splitLongText('هل أنت بخير؟ نحن هنا للمساعدة.', 20)).toEqual(['هل أنت بخير؟', 'نحن هنا للمساعدة.']);
    expect(splitLongText('ሰላም ኣለኹም። ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።', 15)).toEqual(['ሰላም ኣለኹም።', 'ሓገዝ ክትረኽቡ ትኽእሉ', 'ኢኹም።']);
  });

  it('splits a sentence that is still too long at spaces, never losing a word', () => {
    const sentence = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const pieces = splitLongText(sentence, 40);
    expect(pieces.every((piece) => piece.length <= 40)).toBe(true);
    expect(pieces.join(' ')).toBe(sentence);
  });
});
