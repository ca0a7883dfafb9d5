// kernel k118d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ffn_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1249: array<f32>;
@group(0) @binding(3) var<storage, read> t1260: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1266: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k118d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l18: f32 = p_blocks_0_ffn_key_w[i];
  let l1261: f32 = t936[0i];
  let v1262: f32 = l18 * l1261;
  let x1249: f32 = t1249[i];
  let x1260: f32 = t1260[i];
  let v1263: f32 = x1249 / x1260;
  let l1264: f32 = t910[0i];
  let v1265: f32 = v1263 * l1264;
  let v1266: f32 = v1262 - v1265;
  t1266[i] = v1266;
}
