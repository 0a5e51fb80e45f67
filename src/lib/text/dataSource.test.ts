import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { dataSourceText } from './dataSource';

describe('the data source on the source line', () => {
  it('says the example data is an example in each language, whatever its file says', () => {
    const meta = { isExample: true, source: 'voorbeelddata, gegenereerd met seed 20190101 (geen echte registratie)' };
    expect(dataSourceText('en', meta)).toBe(translate('en', 'source.example'));
    expect(dataSourceText('nl', meta)).toBe(translate('nl', 'source.example'));
    expect(dataSourceText('en', meta)).not.toBe(dataSourceText('nl', meta));
  });

  it('keeps a real dataset’s own source', () => {
    expect(dataSourceText('en', { isExample: false, source: 'KB, registratie 2023' })).toBe('KB, registratie 2023');
  });

  it('names own files when the data gives no source', () => {
    expect(dataSourceText('en', { isExample: false, source: '  ' })).toBe(translate('en', 'banner.ownSource'));
  });
});
