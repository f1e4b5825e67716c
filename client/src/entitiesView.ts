// The Entities view (its own container in the activity bar): the workspace index as a tree,
// types → entities by the number of articles → articles (earliest first) → mentions; a click on a
// mention opens the article there. Fed by the server's newsmark/entities and
// newsmark/entityArticles requests, refreshed when the index changes, filtered by name.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ENTITIES_REQUEST,
  ENTITY_ARTICLES_REQUEST,
  INDEX_CHANGED_NOTIFICATION,
  type EntitiesParams,
  type EntityArticle,
  type EntityArticlesParams,
  type EntityRow,
  type EntityViewType,
  type LineRange,
} from '../../server/src/protocol';

const TYPES: { type: EntityViewType; label: string; icon: string }[] = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organizations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
];

type Node =
  | { kind: 'type'; type: EntityViewType; label: string; icon: string }
  | { kind: 'entity'; row: EntityRow; type: EntityViewType }
  | { kind: 'article'; article: EntityArticle }
  | { kind: 'mention'; uri: string; range: LineRange };

/** How long the view waits after the index's last change before it asks again. */
const REFRESH_DELAY_MS = 1000;

function plural(n: number, one: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${one}s`;
}

class EntitiesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  filter = '';

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const { Collapsed } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'type': {
        const item = new vscode.TreeItem(node.label, Collapsed);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'entity': {
        const item = new vscode.TreeItem(node.row.name, Collapsed);
        item.description = `${plural(node.row.articles, 'article')} · ${plural(node.row.mentions, 'mention')}`;
        item.iconPath = new vscode.ThemeIcon(
          TYPES.find((t) => t.type === node.type)?.icon ?? 'symbol-variable',
        );
        return item;
      }
      case 'article': {
        const uri = vscode.Uri.parse(node.article.uri);
        const item = new vscode.TreeItem(uri, Collapsed);
        const as = node.article.name !== '' ? ` · “${node.article.name}”` : '';
        item.description = `${node.article.date ?? 'no date'} · ${plural(node.article.mentions.length, 'mention')}${as}`;
        return item;
      }
      case 'mention': {
        const { start } = node.range;
        const item = new vscode.TreeItem(`Line ${start.line + 1}, column ${start.character + 1}`);
        item.iconPath = new vscode.ThemeIcon('go-to-file');
        const range = new vscode.Range(
          start.line,
          start.character,
          node.range.end.line,
          node.range.end.character,
        );
        item.command = {
          command: 'vscode.open',
          title: 'Open at the mention',
          arguments: [
            vscode.Uri.parse(node.uri),
            { selection: range } satisfies vscode.TextDocumentShowOptions,
          ],
        };
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    const client = this.client();
    if (!node) return TYPES.map((t) => ({ kind: 'type', ...t }));
    if (!client) return [];
    switch (node.kind) {
      case 'type': {
        const params: EntitiesParams = { type: node.type, filter: this.filter };
        const rows = await client.sendRequest<EntityRow[]>(ENTITIES_REQUEST, params);
        return rows.map((row) => ({ kind: 'entity', row, type: node.type }));
      }
      case 'entity': {
        const params: EntityArticlesParams = { key: node.row.key };
        const articles = await client.sendRequest<EntityArticle[]>(ENTITY_ARTICLES_REQUEST, params);
        return articles.map((article) => ({ kind: 'article', article }));
      }
      case 'article':
        return node.article.mentions.map((range) => ({ kind: 'mention', uri: node.article.uri, range }));
      case 'mention':
        return [];
    }
  }
}

/**
 * Creates the view and its commands. `client` gives the running language client (it changes
 * when the server restarts); call the returned function with each new client to follow its index.
 */
export function registerEntitiesView(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): (started: LanguageClient) => void {
  const tree = new EntitiesTree(client);
  const view = vscode.window.createTreeView('newsmark.entities', {
    treeDataProvider: tree,
    showCollapseAll: true,
  });
  const setFilter = (filter: string): void => {
    tree.filter = filter;
    view.message = filter === '' ? undefined : `Names holding “${filter}”`;
    void vscode.commands.executeCommand('setContext', 'newsmark.entitiesFiltered', filter !== '');
    tree.refresh();
  };
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('newsmark.filterEntities', async () => {
      const filter = await vscode.window.showInputBox({
        title: 'Filter the entities',
        prompt: 'Show only the entities whose name holds this text',
        value: tree.filter,
      });
      if (filter !== undefined) setFilter(filter.trim());
    }),
    vscode.commands.registerCommand('newsmark.clearEntityFilter', () => setFilter('')),
    vscode.commands.registerCommand('newsmark.refreshEntities', () => tree.refresh()),
    view.onDidChangeVisibility((e) => e.visible && tree.refresh()),
  );
  let timer: NodeJS.Timeout | undefined;
  return (started) => {
    started.onNotification(INDEX_CHANGED_NOTIFICATION, () => {
      // Only a visible view asks again; a hidden one asks when it is shown.
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (view.visible) tree.refresh();
      }, REFRESH_DELAY_MS);
    });
    tree.refresh();
  };
}
