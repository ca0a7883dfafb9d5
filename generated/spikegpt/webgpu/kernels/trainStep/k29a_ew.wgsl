// kernel k29a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t208: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t209: array<f32>;
@group(0) @binding(3) var<storage, read> t215: array<f32>;
@group(0) @binding(4) var<storage, read_write> t219: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t224: array<f32>;
@group(0) @binding(7) var<storage, read_write> t228: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l208: f32 = t208[i];
  let l213: f32 = p_blocks_1_att_mix_k[i % 64i];
  let v214: f32 = l208 * l213;
  let l210: f32 = t209[i / 4096i * 4160i + i % 4096i];
  let l217: f32 = t215[i % 64i];
  let v218: f32 = l210 * l217;
  let v219: f32 = v214 + v218;
  t219[i] = v219;
  let l222: f32 = p_blocks_1_att_mix_v[i % 64i];
  let v223: f32 = l208 * l222;
  let l226: f32 = t224[i % 64i];
  let v227: f32 = l210 * l226;
  let v228: f32 = v223 + v227;
  t228[i] = v228;
}
