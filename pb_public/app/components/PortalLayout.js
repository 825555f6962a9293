// The public portal frame: the blue header band with the platform name,
// 注册 / 登录 / 工作台 (or the user menu), the channel bar and the footer.
import { route, push } from '../router.js'
import { session, roleLabel } from '../store.js'
import { logout } from '../api.js'

export default {
  name: 'PortalLayout',
  setup() {
    const nav = [
      { path: '/', title: '首页' },
      { path: '/solutions', title: '解决方案' },
      { path: '/notices', title: '通知公告' },
      { path: '/experts', title: '专家团队' },
      { path: '/survey', title: '企业需求收集' },
    ]
    const active = (p) => (p === '/' ? route.path === '/' : route.path.startsWith(p))
    const onCommand = (cmd) => {
      if (cmd === 'logout') {
        logout()
        push('/')
      } else push(cmd)
    }
    return { nav, active, session, roleLabel, onCommand, push }
  },
  template: `
  <div class="portal">
    <header class="gov-header">
      <div class="container bar">
        <a href="/" class="gov-brand">
          <div class="gov-emblem">数</div>
          <div style="min-width:0">
            <div class="title">中小企业数字化转型公共服务平台</div>
            <div class="sub">SME Digital Transformation Public Service Platform</div>
          </div>
        </a>
        <div class="gov-actions">
          <template v-if="session.loggedIn">
            <el-button v-if="session.user.role === 'enterprise'" plain size="small" @click="push('/cart')" data-test="to-cart" aria-label="购物车"><el-icon><icon-shopping-cart /></el-icon><span class="desktop-only" style="margin-left:4px">购物车</span></el-button>
            <el-button class="desktop-only" plain size="small" @click="push('/workbench')" data-test="to-workbench">工作台</el-button>
            <el-dropdown trigger="click" @command="onCommand">
              <span class="gov-user" data-test="user-menu">
                <el-icon><icon-user /></el-icon>
                <span class="desktop-only">{{ session.user.name || session.user.username }}</span>
                <el-icon><icon-arrow-down /></el-icon>
              </span>
              <template #dropdown>
                <el-dropdown-menu>
                  <el-dropdown-item disabled>{{ session.user.username }}（{{ roleLabel(session.user) }}）</el-dropdown-item>
                  <el-dropdown-item command="/workbench" divided>工作台</el-dropdown-item>
                  <el-dropdown-item v-if="session.user.role === 'enterprise'" command="/workbench/orders">我的订单</el-dropdown-item>
                  <el-dropdown-item command="logout">退出</el-dropdown-item>
                </el-dropdown-menu>
              </template>
            </el-dropdown>
          </template>
          <template v-else>
            <el-button plain size="small" @click="push('/register')" data-test="to-register">注册</el-button>
            <el-button size="small" @click="push('/login')" data-test="to-login">登录</el-button>
          </template>
        </div>
      </div>
      <nav class="gov-nav">
        <div class="container">
          <a v-for="n in nav" :key="n.path" :href="n.path" :class="{active: active(n.path)}">{{ n.title }}</a>
        </div>
      </nav>
    </header>
    <main class="portal-main container">
      <slot />
    </main>
    <footer class="gov-footer">
      <div>主办单位：省工业和信息化厅 · 技术支持：中小企业数字化转型促进中心</div>
      <div>推荐使用谷歌浏览器（Chrome）访问本平台</div>
    </footer>
  </div>`,
}
