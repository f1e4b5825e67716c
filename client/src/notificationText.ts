// Text from outside the extension's own code (a setting, a document, a message of the server) on
// its way into a VS Code notification. Notifications are not plain text: they turn a bracketed
// label directly followed by a parenthesised `command:`, `https://` or `file:` target into a link,
// and a command link runs that command, arguments and all, when clicked. So a workspace setting
// echoed as it is could put a harmful link in front of the user.

/** The text with every `](` parted into `] (`: it reads the same and no link can form. */
export function plainForNotification(text: string): string {
  return text.replace(/\]\(/g, '] (');
}
