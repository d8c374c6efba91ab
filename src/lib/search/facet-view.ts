/**
 * The search page's filters: one fieldset of checkboxes per facet (券商, 行业, 类型, 年份), each value
 * with the number of results it would give. Counts follow the usual faceted-search rule: a facet's
 * counts apply every other facet's choices but not its own, so choosing 国金证券 still shows how many
 * results 华安证券 would add.
 */
import { SEARCH_FACETS, type FacetKey, type SearchState } from './search-state.ts';

export type FacetCounts = Record<string, Record<string, number>>;

/** One checkbox: a facet value, its count, whether it is chosen. */
export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The options of one facet: every value the archive has, chosen ones always kept, values with no
 * results dropped. Years read newest first; other facets by count, then by name.
 */
export function facetOptions(key: FacetKey, all: FacetCounts, counts: FacetCounts, state: SearchState): FacetOption[] {
  const chosen = state.filters[key];
  const values = new Set([...Object.keys(all[key] ?? {}), ...chosen]);
  const options = [...values]
    .map((value) => ({ value, count: counts[key]?.[value] ?? 0, checked: chosen.includes(value) }))
    .filter((option) => option.checked || option.count > 0);
  if (key === 'year') return options.sort((a, b) => b.value.localeCompare(a.value));
  return options.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

function checkbox(doc: Document, key: FacetKey, option: FacetOption): HTMLLIElement {
  const item = doc.createElement('li');
  const label = doc.createElement('label');
  const input = doc.createElement('input');
  input.type = 'checkbox';
  input.name = key;
  input.value = option.value;
  input.checked = option.checked;
  const name = doc.createElement('span');
  name.textContent = option.value;
  const count = doc.createElement('span');
  count.className = 'facet-count';
  count.textContent = String(option.count);
  label.append(input, name, count);
  item.append(label);
  return item;
}

/** Renders every facet into `container`, keeping keyboard focus on the checkbox that had it. */
export function renderFacets(container: HTMLElement, all: FacetCounts, counts: FacetCounts, state: SearchState): void {
  const doc = container.ownerDocument;
  const focused = doc.activeElement instanceof HTMLInputElement && container.contains(doc.activeElement) ? doc.activeElement : null;
  const fieldsets = SEARCH_FACETS.map(({ key, label }) => {
    const options = facetOptions(key, all, counts, state);
    const fieldset = doc.createElement('fieldset');
    fieldset.className = 'facet';
    fieldset.dataset['facet'] = key;
    fieldset.hidden = options.length === 0;
    const legend = doc.createElement('legend');
    legend.textContent = label;
    const list = doc.createElement('ul');
    list.append(...options.map((option) => checkbox(doc, key, option)));
    fieldset.append(legend, list);
    return fieldset;
  });
  container.replaceChildren(...fieldsets);
  if (focused) {
    const again = container.querySelector<HTMLInputElement>(`input[name="${focused.name}"][value="${CSS.escape(focused.value)}"]`);
    again?.focus();
  }
}
