// The signed-in user's notifications, kept current by PocketBase realtime:
// one subscription to `notifications` (the collection's rules send a user
// only his own rows), shared by the bell and the workbench home. Logging
// out ends the subscription (api.js logout → stopNotifications).
import { ref } from 'vue'
import { pb } from './api.js'

const items = ref([])
const unread = ref(0)
const LIMIT = 8
let users = 0 // components using the feed
let subscribedFor = '' // user id of the live subscription
let unsubscribe = null

async function load() {
  const me = pb.authStore.record
  if (!pb.authStore.isValid || !me) {
    items.value = []
    unread.value = 0
    return
  }
  try {
    const mine = pb.filter('user = {:id}', { id: me.id })
    const [list, count] = await Promise.all([
      pb.collection('notifications').getList(1, LIMIT, { filter: mine, sort: '-created', skipTotal: true }),
      pb.collection('notifications').getList(1, 1, { filter: mine + ' && read = false', fields: 'id' }),
    ])
    items.value = list.items
    unread.value = count.totalItems
  } catch {
    // The feed is a convenience: a failed load leaves it as it was.
  }
}

async function subscribe() {
  const me = pb.authStore.record
  if (!pb.authStore.isValid || !me || subscribedFor === me.id) return
  // Claim the user first: the bell and the home page start together.
  subscribedFor = me.id
  const old = unsubscribe
  unsubscribe = null
  if (old) await old().catch(() => {})
  try {
    // Any create/update/delete of my rows: reload the first page and the
    // unread count (cheap, and keeps both exact).
    const u = await pb.collection('notifications').subscribe('*', () => load())
    if (subscribedFor === me.id) unsubscribe = u
    else await u().catch(() => {})
  } catch {
    if (subscribedFor === me.id) subscribedFor = ''
  }
}

// stopNotifications ends the realtime subscription and forgets the rows.
export async function stopNotifications() {
  const u = unsubscribe
  unsubscribe = null
  subscribedFor = ''
  items.value = []
  unread.value = 0
  if (u) await u().catch(() => {})
}

// notificationFeed is the feed for one component: start() on mount (and
// when the user changes), stop() on unmount.
export function notificationFeed() {
  let started = false
  return {
    items,
    unread,
    load,
    async start() {
      if (!started) {
        started = true
        users++
      }
      await subscribe()
      await load()
    },
    stop() {
      if (!started) return
      started = false
      if (--users === 0) stopNotifications()
    },
  }
}

// Logging out (or in as someone else) ends the old user's subscription at
// once, whichever page is open.
pb.authStore.onChange(() => {
  const id = pb.authStore.isValid ? pb.authStore.record?.id || '' : ''
  if (id === subscribedFor) return
  stopNotifications().then(() => {
    if (id && users > 0) subscribe().then(load)
  })
})

// A page left for another (a link, a reload) may be kept alive in the
// back/forward cache — and with it the realtime connection, one of the six
// a browser allows per server. Close it when the page is hidden and open
// it again when the page comes back.
window.addEventListener('pagehide', () => {
  unsubscribe = null
  subscribedFor = ''
  pb.realtime.unsubscribe().catch(() => {})
})
window.addEventListener('pageshow', (e) => {
  if (e.persisted && users > 0) subscribe().then(load)
})
