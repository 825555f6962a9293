// 消息: the user's notifications (review decisions, new work at his stage),
// unread count on the bell; opening one marks it read and follows its link.
import { ref, onMounted, onBeforeUnmount, watch } from 'vue'
import { pb } from '../api.js'
import { session } from '../store.js'
import { push } from '../router.js'
import { fmtDate } from '../util.js'
import { notificationFeed } from '../notify.js'

export default {
  name: 'NotificationBell',
  setup() {
    // The feed is PocketBase realtime (notify.js): a new notification shows
    // up at once, without polling; it is shared with the workbench home.
    const feed = notificationFeed()
    onMounted(() => feed.start())
    onBeforeUnmount(() => feed.stop())
    watch(() => session.user?.id, () => feed.start())
    const items = feed.items
    const unread = feed.unread
    const load = feed.load
    const open = async (n) => {
      if (!n.read) {
        await pb.collection('notifications').update(n.id, { read: true }).catch(() => {})
        load()
      }
      if (n.link && n.link.startsWith('/')) push(n.link)
    }
    return { items, unread, open, fmtDate }
  },
  template: `
  <el-popover placement="bottom-end" :width="320" trigger="click">
    <template #reference>
      <span style="cursor:pointer;display:inline-flex" data-test="bell">
        <el-badge :value="unread" :hidden="!unread" :max="99"><el-icon :size="20" color="#fff"><icon-bell /></el-icon></el-badge>
      </span>
    </template>
    <div style="font-weight:600;margin-bottom:6px">消息通知</div>
    <div v-if="items.length" style="max-height:360px;overflow:auto">
      <div v-for="n in items" :key="n.id" @click="open(n)" style="padding:8px 4px;border-bottom:1px dashed #e3e8ef;cursor:pointer">
        <div :style="{fontWeight: n.read ? 'normal' : 600}"><el-badge is-dot :hidden="n.read" style="margin-right:6px" />{{ n.title }}</div>
        <div class="muted small">{{ n.content }}</div>
        <div class="muted small">{{ fmtDate(n.created) }}</div>
      </div>
    </div>
    <el-empty v-else description="暂无消息" :image-size="50" />
  </el-popover>`,
}
