// Messages of the platform: updates, storage, backups, and tabs on an older version.
import { defineMessages } from './define.ts';

export const platformMessages = defineMessages(
  {
    'update.ready': '挂图作战有新版本可用。更新前会先保存所有已打开标签页中的修改。',
    'update.accept': '保存并更新',
    'update.later': '稍后',
    'update.busy': '正在保存各标签页的修改…',
    'update.unsaved':
      '有 {count} 个标签页的修改未能保存到本机，暂不更新。请先在该标签页下载备份文件。',
    'chunk.failed': '页面的一部分未能载入：此标签页运行的是已被替换的旧版本。',
    'chunk.reload': '保存并重新载入',
    'saveFailed.title': '修改未能保存到本机',
    'saveFailed.quota': '本机存储空间已满。',
    'saveFailed.closed': '数据库连接已关闭。',
    'saveFailed.other': '浏览器拒绝写入（{error}）。',
    'saveFailed.body':
      '修改仍保留在本页中，系统会自动重试。为防丢失，请先下载备份文件，确认保存成功之前不要关闭本页。',
    'backup.download': '下载备份',
    'reminder.never': '还没有下载过备份。数据只保存在本浏览器中，建议下载一份备份文件。',
    'reminder.days': '上次备份在 {days} 天前。数据只保存在本浏览器中，建议下载一份新的备份文件。',
    'reminder.later': '稍后提醒',
    'db.outdated':
      '挂图作战已在另一个标签页中更新，数据已升级到新格式。此标签页的修改已保存，请重新载入后继续。',
    'db.reload': '重新载入',
    'db.blocked':
      '正在等待其他标签页中的旧版本挂图作战关闭数据库……请切换到那些标签页，重新载入或关闭它们。',
    'storage.title': '本机存储',
    'storage.persisted': '已持久保存：浏览器不会自动清除这些数据。',
    'storage.notPersisted': '未持久保存：磁盘空间不足时，浏览器可能清除这些数据。请定期下载备份。',
    'storage.unknown': '此浏览器不提供存储状态。',
    'storage.request': '申请持久保存',
    'storage.usage': '已用 {used}，上限约 {quota}',
    'storage.version': '版本',
  },
  {
    'update.ready':
      'A new version of Battlemap is ready. Edits in every open tab are saved before it starts.',
    'update.accept': 'Save and update',
    'update.later': 'Later',
    'update.busy': 'Saving the edits of every tab…',
    'update.unsaved':
      'Edits in {count} tab(s) could not be saved on this device, so the update waits. Download a backup in that tab first.',
    'chunk.failed': 'Part of the page could not be loaded: this tab runs an old version.',
    'chunk.reload': 'Save and reload',
    'saveFailed.title': 'Edits could not be saved on this device',
    'saveFailed.quota': 'The storage on this device is full.',
    'saveFailed.closed': 'The database connection is closed.',
    'saveFailed.other': 'The browser refused the write ({error}).',
    'saveFailed.body':
      'Your edits are kept in this page and the save is retried. Download a backup file now, and keep this page open until they are saved.',
    'backup.download': 'Download backup',
    'reminder.never':
      'You have not downloaded a backup yet. Your data lives only in this browser: keep a backup file.',
    'reminder.days':
      'Your last backup is {days} days old. Your data lives only in this browser: download a new backup file.',
    'reminder.later': 'Remind me later',
    'db.outdated':
      'Battlemap was updated in another tab and its data moved to a new format. Your edits in this tab are saved; reload to go on.',
    'db.reload': 'Reload',
    'db.blocked':
      'Waiting for an older version of Battlemap in another tab to close the database… Reload or close those tabs.',
    'storage.title': 'Storage on this device',
    'storage.persisted': 'Persistent: the browser will not clear this data on its own.',
    'storage.notPersisted':
      'Not persistent: the browser may clear this data when the disk runs low. Download backups regularly.',
    'storage.unknown': 'This browser does not report its storage.',
    'storage.request': 'Ask for persistent storage',
    'storage.usage': '{used} used of about {quota}',
    'storage.version': 'Version',
  },
);
