// kernel k113l_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t736: array<f32>;
@group(0) @binding(2) var<storage, read> t1146: array<f32>;
@group(0) @binding(3) var<storage, read> t1153: array<f32>;
@group(0) @binding(4) var<storage, read> t710: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1157: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l23: f32 = p_blocks_1_attn_wq_w[i];
  let l765: f32 = t736[0i];
  let v1154: f32 = l23 * l765;
  let x1146: f32 = t1146[i];
  let x1153: f32 = t1153[i];
  let v1155: f32 = x1146 / x1153;
  let l768: f32 = t710[0i];
  let v1156: f32 = v1155 * l768;
  let v1157: f32 = v1154 - v1156;
  t1157[i] = v1157;
}
