// The workbench frame: top bar with the user menu (修改密码, 退出), the left
// navigation built from the menu catalogue for the user's role and
// permissions, and breadcrumbs.
import { ref, computed, onMounted, watch } from 'vue'
import { route, push } from '../router.js'
import { session, roleLabel } from '../store.js'
import { logout, menus as loadMenus } from '../api.js'
import { menuFor, menuPath } from '../menus.js'
import ChangePassword from './ChangePassword.js'
import NotificationBell from './NotificationBell.js'

export default {
  name: 'WorkbenchLayout',
  components: { ChangePassword, NotificationBell },
  setup() {
    const items = ref(menuFor(session.user, null))
    const pwOpen = ref(false)
    const drawer = ref(false)
    const load = async () => {
      if (!session.user) return
      try {
        items.value = menuFor(session.user, await loadMenus())
      } catch {
        items.value = menuFor(session.user, null)
      }
    }
    onMounted(load)
    watch(() => session.user?.id, load)

    // The active menu: the route's own menu key, or the item whose path
    // is the longest prefix of the current address.
    const flat = computed(() => items.value.flatMap((m) => (m.children ? [m, ...m.children] : [m])))
    const active = computed(() => {
      const full = route.fullPath
      let best = null
      for (const m of flat.value) {
        const p = menuPath(m)
        if (!p) continue
        const bare = p.split('?')[0]
        const hit = p.includes('?') ? full === p || (full.startsWith(p) && route.path === bare) : route.path === p || route.path.startsWith(p + '/')
        if (hit && (!best || p.length > menuPath(best).length)) best = m
      }
      return best ? best.key : route.meta.menu
    })
    const crumbs = computed(() => {
      const list = [{ title: '工作台', path: '/workbench' }]
      const parent = flat.value.find((m) => m.children?.some((c) => c.key === active.value))
      if (parent) list.push({ title: parent.title })
      if (route.meta.parent) list.push(route.meta.parent)
      const me = flat.value.find((m) => m.key === active.value)
      const title = route.meta.parent ? route.meta.title : me?.title || route.query.title || route.meta.title
      if (route.path !== '/workbench') list.push({ title })
      return list
    })
    const go = (m) => {
      drawer.value = false
      push(menuPath(m))
    }
    const onCommand = (cmd) => {
      if (cmd === 'password') pwOpen.value = true
      else if (cmd === 'logout') {
        logout()
        push('/login')
      } else push(cmd)
    }
    return { items, active, crumbs, go, onCommand, pwOpen, drawer, session, roleLabel, menuPath }
  },
  template: `
  <div class="wb">
    <header class="wb-top">
      <div style="display:flex;align-items:center;gap:8px;min-width:0">
        <el-button class="mobile-only" text style="color:#fff" @click="drawer = true" aria-label="菜单"><el-icon :size="20"><icon-menu /></el-icon></el-button>
        <a href="/" class="brand"><div class="gov-emblem">数</div><span class="long">中小企业数字化转型公共服务平台</span><span>· 工作台</span></a>
      </div>
      <div class="right">
        <a href="/" class="desktop-only">门户首页</a>
        <notification-bell v-if="session.user" />
        <el-dropdown trigger="click" @command="onCommand" v-if="session.user">
          <span class="gov-user" data-test="wb-user-menu">
            <el-avatar :size="28" style="background:#ffd86b;color:#083b7c">{{ (session.user.name || session.user.username)[0] }}</el-avatar>
            <span class="desktop-only">{{ session.user.name || session.user.username }}</span>
            <el-icon><icon-arrow-down /></el-icon>
          </span>
          <template #dropdown>
            <el-dropdown-menu>
              <el-dropdown-item disabled>{{ session.user.username }} · {{ roleLabel(session.user) }}</el-dropdown-item>
              <el-dropdown-item command="password" divided data-test="menu-password">修改密码</el-dropdown-item>
              <el-dropdown-item command="logout" data-test="menu-logout">退出</el-dropdown-item>
            </el-dropdown-menu>
          </template>
        </el-dropdown>
      </div>
    </header>
    <div class="wb-body">
      <aside class="wb-side">
        <el-menu :default-active="active" data-test="wb-nav">
          <template v-for="m in items" :key="m.key">
            <el-sub-menu v-if="m.children" :index="m.key">
              <template #title><el-icon><component :is="m.icon || 'IconFolder'" /></el-icon><span>{{ m.title }}</span></template>
              <el-menu-item v-for="c in m.children" :key="c.key" :index="c.key" @click="go(c)">{{ c.title }}</el-menu-item>
            </el-sub-menu>
            <el-menu-item v-else :index="m.key" @click="go(m)"><el-icon><component :is="m.icon || 'IconDocument'" /></el-icon><span>{{ m.title }}</span></el-menu-item>
          </template>
        </el-menu>
      </aside>
      <main class="wb-main">
        <el-breadcrumb separator="/" class="wb-crumbs" data-test="crumbs">
          <el-breadcrumb-item v-for="(c, i) in crumbs" :key="i"><a v-if="c.path && i < crumbs.length - 1" :href="c.path">{{ c.title }}</a><span v-else>{{ c.title }}</span></el-breadcrumb-item>
        </el-breadcrumb>
        <slot />
      </main>
    </div>
    <el-drawer v-model="drawer" direction="ltr" size="240px" :with-header="false">
      <el-menu :default-active="active">
        <template v-for="m in items" :key="m.key">
          <el-sub-menu v-if="m.children" :index="m.key">
            <template #title>{{ m.title }}</template>
            <el-menu-item v-for="c in m.children" :key="c.key" :index="c.key" @click="go(c)">{{ c.title }}</el-menu-item>
          </el-sub-menu>
          <el-menu-item v-else :index="m.key" @click="go(m)">{{ m.title }}</el-menu-item>
        </template>
      </el-menu>
    </el-drawer>
    <change-password v-model="pwOpen" />
  </div>`,
}
