import { describe, expect, it } from 'vitest';
import { untrustedExpressions } from './shared.js';

describe('untrustedExpressions', () => {
  it.each([
    ['echo "${{ github.event.issue.title }}"', ['github.event.issue.title']],
    ['echo ${{ github.head_ref }}', ['github.head_ref']],
    // Free-text payload fields outside Security Lab's list are still attacker-settable.
    ['echo "${{ github.event.pull_request.head.repo.name }}"', ['github.event.pull_request.head.repo.name']],
    ['cat /tmp/${{ github.event.workflow.path }}', ['github.event.workflow.path']],
  ])('flags %s', (text, want) => {
    expect(untrustedExpressions(text)).toEqual(want);
  });
  it.each([
    'echo ${{ github.event.repository.name }}',
    'echo ${{ github.event.inputs.name }}',
    'echo ${{ github.event.pull_request.number }}',
    'echo ${{ github.sha }} ${{ github.event.pull_request.head.sha }}',
    'echo "${{ secrets.TOKEN }}"',
  ])('does not flag %s', (text) => {
    expect(untrustedExpressions(text)).toEqual([]);
  });
});
