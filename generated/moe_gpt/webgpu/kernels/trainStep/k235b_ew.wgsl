// kernel k235b_ew
@group(0) @binding(0) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1146: array<f32>;
@group(0) @binding(2) var<storage, read> t1131: array<f32>;
@group(0) @binding(3) var<storage, read> t1143: array<f32>;
@group(0) @binding(4) var<storage, read> t1120: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1154: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_tok_w[i];
  let l1148: f32 = t1146[0i];
  let v1149: f32 = l0 * l1148;
  let x1131: f32 = t1131[i];
  let x1143: f32 = t1143[i];
  let v1150: f32 = x1131 / x1143;
  let l1152: f32 = t1120[0i];
  let v1153: f32 = v1150 * l1152;
  let v1154: f32 = v1149 - v1153;
  t1154[i] = v1154;
}
