// kernel k110c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t237: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1001: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1007: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1012: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l995: f32 = p_optim_m_head_w[i];
  let v998: f32 = l995 * 0.9f;
  let l237: f32 = t237[i];
  let l993: f32 = t584[0i];
  let v994: f32 = l237 * l993;
  let v1000: f32 = v994 * 0.1f;
  let v1001: f32 = v998 + v1000;
  t1001[i] = v1001;
  let l996: f32 = p_optim_v_head_w[i];
  let v1003: f32 = l996 * 0.95f;
  let v1004: f32 = v994 * v994;
  let v1006: f32 = v1004 * 0.05f;
  let v1007: f32 = v1003 + v1006;
  t1007[i] = v1007;
  let v1008: f32 = sqrt(v1007);
  let l1009: f32 = t594[0i];
  let v1010: f32 = v1008 / l1009;
  let v1012: f32 = v1010 + 1e-8f;
  t1012[i] = v1012;
}
