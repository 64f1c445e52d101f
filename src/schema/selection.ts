/**
 * What a field's selection asks for, read from the operation itself (before anything resolves), so
 * a resolver can skip a read nothing below it needs.
 */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Every selection set reached by following `path` (response fields by name) from the field's own selections. */
function setsAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next: SelectionSetNode[] = [];
    forEachField(info, sets, (field) => {
      if (field.name.value === name && field.selectionSet) next.push(field.selectionSet);
    });
    sets = next;
  }
  return sets;
}

/** Visits the fields of the sets and of every fragment they spread, whatever its type condition or directives (so a caller errs towards "selected"). */
function forEachField(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], visit: (field: { name: { value: string }; selectionSet?: SelectionSetNode }) => void): void {
  const pending = [...sets];
  const seenFragments = new Set<string>();
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) visit(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
}

/**
 * Whether the object at `path` below this field selects nothing but `allowed` fields (e.g. only ids).
 * A path the operation does not select at all counts as selecting nothing.
 */
export function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>, path: readonly string[] = []): boolean {
  let only = true;
  forEachField(info, setsAt(info, path), (field) => {
    if (!allowed.has(field.name.value)) only = false;
  });
  return only;
}
