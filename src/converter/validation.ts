/** Friendly validation messages: `field.path: message`, one per problem, for publishers. */

interface IssueList {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/** Formats zod issues as `field.path: message` joined with `; `. */
export function describeIssues(error: IssueList): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(整体)'}: ${issue.message}`).join('; ');
}
