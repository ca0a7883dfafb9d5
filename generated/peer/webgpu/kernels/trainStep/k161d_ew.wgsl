// kernel k161d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_v: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t1189: array<f32>;
@group(0) @binding(3) var<storage, read> t1196: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1200: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_blocks_0_ffn_v[i];
  let l1178: f32 = t843[0i];
  let v1197: f32 = l18 * l1178;
  let x1189: f32 = t1189[i];
  let x1196: f32 = t1196[i];
  let v1198: f32 = x1189 / x1196;
  let l1181: f32 = t817[0i];
  let v1199: f32 = v1198 * l1181;
  let v1200: f32 = v1197 - v1199;
  t1200[i] = v1200;
}
