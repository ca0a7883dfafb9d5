// kernel k113n_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1195: array<f32>;
@group(0) @binding(3) var<storage, read> t1202: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1206: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_blocks_1_attn_wk_w[i];
  let l765: f32 = t736[0i];
  let v1203: f32 = l26 * l765;
  let x1195: f32 = t1195[i];
  let x1202: f32 = t1202[i];
  let v1204: f32 = x1195 / x1202;
  let l768: f32 = t710[0i];
  let v1205: f32 = v1204 * l768;
  let v1206: f32 = v1203 - v1205;
  t1206[i] = v1206;
}
