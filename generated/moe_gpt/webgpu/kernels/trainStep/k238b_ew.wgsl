// kernel k238b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_moe_router_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1126: array<f32>;
@group(0) @binding(2) var<storage, read> t1263: array<f32>;
@group(0) @binding(3) var<storage, read> t1274: array<f32>;
@group(0) @binding(4) var<storage, read> t1100: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1280: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k238b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l7: f32 = p_layers_0_moe_router_w[i];
  let l1275: f32 = t1126[0i];
  let v1276: f32 = l7 * l1275;
  let x1263: f32 = t1263[i];
  let x1274: f32 = t1274[i];
  let v1277: f32 = x1263 / x1274;
  let l1278: f32 = t1100[0i];
  let v1279: f32 = v1277 * l1278;
  let v1280: f32 = v1276 - v1279;
  t1280[i] = v1280;
}
