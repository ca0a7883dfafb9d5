// kernel k146b_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_key_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1030: array<f32>;
@group(0) @binding(2) var<storage, read> t1202: array<f32>;
@group(0) @binding(3) var<storage, read> t1213: array<f32>;
@group(0) @binding(4) var<storage, read> t1004: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1219: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k146b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l10: f32 = p_blocks_0_att_key_w[i];
  let l1214: f32 = t1030[0i];
  let v1215: f32 = l10 * l1214;
  let x1202: f32 = t1202[i];
  let x1213: f32 = t1213[i];
  let v1216: f32 = x1202 / x1213;
  let l1217: f32 = t1004[0i];
  let v1218: f32 = v1216 * l1217;
  let v1219: f32 = v1215 - v1218;
  t1219[i] = v1219;
}
