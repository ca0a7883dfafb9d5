// kernel k113r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1293: array<f32>;
@group(0) @binding(3) var<storage, read> t1300: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1304: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l32: f32 = p_blocks_1_attn_wo_w[i];
  let l765: f32 = t736[0i];
  let v1301: f32 = l32 * l765;
  let x1293: f32 = t1293[i];
  let x1300: f32 = t1300[i];
  let v1302: f32 = x1293 / x1300;
  let l768: f32 = t710[0i];
  let v1303: f32 = v1302 * l768;
  let v1304: f32 = v1301 - v1303;
  t1304[i] = v1304;
}
