// The workbench frame: top bar with the user menu (修改密码, 退出), the left
// navigation built from the menu catalogue for the user's role and
// permissions, and breadcrumbs.
import { ref, computed, onMounted, watch } from 'vue'
import { route, push } from '../router.js'
import { session, roleLabel } from '../store.js'
import { logout, menus as loadMenus, errorMessage } from '../api.js'
import { menuFor, menuPath, flatMenus, activeMenu } from '../menus.js'
import ChangePassword from './ChangePassword.js'
import NotificationBell from './NotificationBell.js'

export default {
  name: 'WorkbenchLayout',
  components: { ChangePassword, NotificationBell },
  setup() {
    const server = ref(null)
    const menuError = ref('')
    const pwOpen = ref(false)
    const drawer = ref(false)
    const load = async () => {
      if (!session.user) return
      menuError.value = ''
      try {
        server.value = await loadMenus()
      } catch (e) {
        server.value = null
        menuError.value = '菜单加载失败：' + errorMessage(e)
      }
    }
    onMounted(load)
    watch(() => session.user?.id, load)
    const items = computed(() => menuFor(session.user, server.value))

    // The active menu: the entry of this page (see activeMenu), so detail
    // pages opened by a link highlight the list they belong to.
    const routeMenus = computed(() => [].concat(route.meta.menu || []))
    const flat = computed(() => flatMenus(items.value))
    const activeItem = computed(() => {
      let hit = activeMenu(flat.value, route.path, route.query, null)
      for (const k of routeMenus.value) if (!hit) hit = flat.value.find((m) => m.key === k)
      return hit
    })
    const active = computed(() => activeItem.value?.key || '')
    // Menu groups start open: there are few, and a closed group would hide
    // the highlighted entry.
    const openeds = computed(() => items.value.filter((m) => m.children?.length).map((m) => m.key))
    // A page is refused when the server's menus are loaded and the user has
    // none of the menus the page belongs to (a link from elsewhere, an old
    // bookmark): the data behind it is refused by the server anyway.
    const denied = computed(() => {
      if (!server.value || !routeMenus.value.length || activeItem.value) return false
      const allowed = new Set(server.value.allowedKeys || [])
      return !routeMenus.value.some((k) => allowed.has(k))
    })
    // Breadcrumbs: 工作台 / [menu group] / menu entry / [this page]. Titles
    // are the server's menu titles, so the trail reads like the side menu.
    const crumbs = computed(() => {
      const list = [{ title: '工作台', path: '/workbench' }]
      if (route.path === '/workbench') return list
      const m = activeItem.value
      if (m && m.key !== 'workbench') {
        if (m.parentTitle) list.push({ title: m.parentTitle })
        const p = menuPath(m)
        const [bare, qs] = p.split('?')
        const here = route.path === bare && (!qs || [...new URLSearchParams(qs)].every(([k, v]) => route.query[k] === v))
        list.push({ title: m.title, path: here ? '' : p })
        if (here) return list
      }
      list.push({ title: route.meta.title })
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
    return { items, active, openeds, crumbs, denied, menuError, go, onCommand, pwOpen, drawer, session, roleLabel, menuPath }
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
        <el-menu v-if="items.length" :default-active="active" :default-openeds="openeds" data-test="wb-nav">
          <template v-for="m in items" :key="m.key">
            <el-sub-menu v-if="m.children" :index="m.key">
              <template #title><el-icon><component :is="m.icon || 'IconFolder'" /></el-icon><span>{{ m.title }}</span></template>
              <el-menu-item v-for="c in m.children" :key="c.key" :index="c.key" @click="go(c)" :data-menu="c.key">{{ c.title }}</el-menu-item>
            </el-sub-menu>
            <el-menu-item v-else :index="m.key" @click="go(m)" :data-menu="m.key"><el-icon><component :is="m.icon || 'IconDocument'" /></el-icon><span>{{ m.title }}</span></el-menu-item>
          </template>
        </el-menu>
      </aside>
      <main class="wb-main">
        <el-breadcrumb separator="/" class="wb-crumbs" data-test="crumbs">
          <el-breadcrumb-item v-for="(c, i) in crumbs" :key="i"><a v-if="c.path && i < crumbs.length - 1" :href="c.path">{{ c.title }}</a><span v-else>{{ c.title }}</span></el-breadcrumb-item>
        </el-breadcrumb>
        <el-alert v-if="menuError" :title="menuError" type="error" show-icon :closable="false" style="margin-bottom:12px" />
        <div v-if="denied" class="panel" data-test="denied"><el-result icon="warning" title="无权访问" sub-title="当前帐号没有该功能的菜单权限，请联系企业管理员在“用户管理”中配置。"><template #extra><a href="/workbench"><el-button type="primary">返回工作台</el-button></a></template></el-result></div>
        <slot v-else />
      </main>
    </div>
    <el-drawer v-model="drawer" direction="ltr" size="240px" :with-header="false">
      <el-menu v-if="items.length" :default-active="active" :default-openeds="openeds">
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
