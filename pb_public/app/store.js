// Shared reactive state: who is logged in and his tenant.
import { reactive } from 'vue'
import { pb, refreshAuth } from './api.js'
import { ROLES } from './util.js'

export const session = reactive({
  user: pb.authStore.isValid ? pb.authStore.record : null,
  get enterprise() {
    return this.user?.expand?.enterprise || null
  },
  get loggedIn() {
    return !!this.user
  },
})

pb.authStore.onChange(() => {
  session.user = pb.authStore.isValid ? pb.authStore.record : null
})

// Refresh the stored record (role, enterprise, cert status) once at start;
// a token the server no longer accepts logs the user out.
export async function loadSession() {
  if (!pb.authStore.isValid) return
  try {
    await refreshAuth()
  } catch (e) {
    if (e?.status === 401 || e?.status === 403 || e?.status === 404) pb.authStore.clear()
  }
}

// Role names come from the server's label tables (util.js loadLabels).
export const ROLE_LABELS = ROLES

export function roleLabel(user) {
  if (!user) return ''
  const base = ROLE_LABELS[user.role] || user.role
  return user.is_expert ? `${base} · 专家` : base
}

export function isReviewer(user) {
  return !!user && (user.role === 'operator' || user.role === 'department' || user.is_expert)
}
