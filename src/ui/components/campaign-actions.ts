// The campaign switcher's actions: each asks the user in a dialog, then calls the workspace.
import type { Workspace } from '../../state/workspace.svelte.ts';
import { i18n } from '../i18n.svelte.ts';
import { dialogs } from './dialogs.svelte.ts';

export async function newCampaign(workspace: Workspace): Promise<void> {
  const year = Number(workspace.asOf.slice(0, 4));
  const name = await dialogs.askText(
    i18n.t('campaign.namePrompt'),
    i18n.t('campaign.defaultName', { year }),
  );
  if (name) await workspace.createBlank(name);
}

export async function renameCampaign(workspace: Workspace): Promise<void> {
  const current = workspace.doc?.campaign.name ?? '';
  const name = await dialogs.askText(i18n.t('campaign.namePrompt'), current);
  if (name) workspace.dispatch({ type: 'renameCampaign', name });
}

export async function deleteCampaign(workspace: Workspace): Promise<void> {
  const doc = workspace.doc;
  if (!doc) return;
  const message = i18n.t('campaign.confirmDelete', {
    name: doc.campaign.name,
    count: doc.projects.length,
  });
  if (await dialogs.confirm(message, true)) await workspace.remove(doc.campaign.id);
}
