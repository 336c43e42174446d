import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parsePredictions, PredictionSummary } from './prediction-summary';

const body = JSON.stringify({ predictions: [{ species: 'Gentoo', probabilities: { Adelie: 2.18e-25, Chinstrap: 0.00021, Gentoo: 0.99979 } }], model_version: 'v1' });

describe('PredictionSummary', () => {
  it('shows tiny probabilities as "< 0.001 %", with the exact number the API sent as value and title', () => {
    render(<PredictionSummary body={body} />);
    const row = within(screen.getByRole('table', { name: /The predictions, readable/ })).getAllByRole('row')[1] as HTMLElement;
    expect(row).toHaveTextContent('1Gentoo< 0.001 %0.021 %99.979 %');
    const tiny = within(row).getByText('< 0.001 %');
    expect(tiny).toHaveAttribute('value', '2.18e-25');
    expect(tiny).toHaveAttribute('title', 'exactly 2.18e-25');
    expect(row).not.toHaveTextContent('e-25');
  });

  it('renders nothing for a body without predictions (a problem, a CSV, a describe answer)', () => {
    expect(parsePredictions('{"status":422}')).toBeNull();
    expect(parsePredictions('not json')).toBeNull();
    expect(parsePredictions('{"predictions":[{"species":"Adelie","probabilities":{"Adelie":"high"}}]}')).toBeNull();
    const { container } = render(<PredictionSummary body='{"type":"about:blank"}' />);
    expect(container).toBeEmptyDOMElement();
  });
});
