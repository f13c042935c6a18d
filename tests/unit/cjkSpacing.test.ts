import { describe, expect, it } from 'vitest';
import { closeChineseGaps, isChinesePage } from '../../src/lib/cjkSpacing';

describe('Chinese text without spaces', () => {
  it('closes the gap between two sentences and between a label and its value', () => {
    expect(closeChineseGaps('<p>表格上有错误。 请尽快告诉您。</p>')).toBe('<p>表格上有错误。请尽快告诉您。</p>');
    expect(closeChineseGaps('<dt>服务地区：</dt> <dd>英格兰</dd>')).toBe('<dt>服务地区：</dt><dd>英格兰</dd>');
  });

  it('closes gaps across tags and new lines, keeping the tags and the spaces inside them', () => {
    expect(closeChineseGaps('<strong>有错误。</strong>\n  <span class="a b">请告诉</span>')).toBe('<strong>有错误。</strong><span class="a b">请告诉</span>');
    expect(closeChineseGaps('第1步： <a href="#x" lang="zh-Hans">第一次接触</a>')).toBe('第1步：<a href="#x" lang="zh-Hans">第一次接触</a>');
  });

  it('keeps spaces next to Latin letters, digits and English terms', () => {
    const mixed = '<p>按 Shift 键3次。 (Reasonable Grounds decision) 合理理由决定 NRM 支持</p>';
    expect(closeChineseGaps(mixed)).toBe('<p>按 Shift 键3次。 (Reasonable Grounds decision) 合理理由决定 NRM 支持</p>');
    expect(closeChineseGaps('<p>Call us. Then wait.</p>')).toBe('<p>Call us. Then wait.</p>');
  });

  it('recognises Chinese pages by their html lang', () => {
    expect(isChinesePage('<!DOCTYPE html><html lang="zh-Hans" dir="ltr">')).toBe(true);
    expect(isChinesePage('<html lang="en">')).toBe(false);
  });
});
