// kernel k114p_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_ln2_g: array<f32>;
@group(0) @binding(1) var<storage, read> t421: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t999: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_ln2_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1003: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1007: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114p_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l995: f32 = p_optim_m_blocks_0_ln2_g[i];
    let v997: f32 = l995 * 0.9f;
    let l422: f32 = t421[i];
    let l772: f32 = t701[0i];
    let v994: f32 = l422 * l772;
    let v998: f32 = v994 * 0.1f;
    let v999: f32 = v997 + v998;
    t999[i] = v999;
    let l996: f32 = p_optim_v_blocks_0_ln2_g[i];
    let v1000: f32 = l996 * 0.95f;
    let v1001: f32 = v994 * v994;
    let v1002: f32 = v1001 * 0.05f;
    let v1003: f32 = v1000 + v1002;
    t1003[i] = v1003;
    let v1004: f32 = sqrt(v1003);
    let l789: f32 = t711[0i];
    let v1005: f32 = v1004 / l789;
    let v1006: f32 = v1005 + 1e-8f;
    let v1007: f32 = v999 / v1006;
    t1007[i] = v1007;
  }
}
