// kernel k93r_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t1132: array<f32>;
@group(0) @binding(3) var<storage, read> t1139: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1143: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93r_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l26: f32 = p_blocks_1_attn_wo_w[i];
  let l700: f32 = t671[0i];
  let v1140: f32 = l26 * l700;
  let x1132: f32 = t1132[i];
  let x1139: f32 = t1139[i];
  let v1141: f32 = x1132 / x1139;
  let l703: f32 = t645[0i];
  let v1142: f32 = v1141 * l703;
  let v1143: f32 = v1140 - v1142;
  t1143[i] = v1143;
}
