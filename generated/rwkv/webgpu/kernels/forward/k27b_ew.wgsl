// kernel k27b_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t182: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@group(0) @binding(3) var<storage, read> t211: array<f32>;
@group(0) @binding(4) var<storage, read_write> t215: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l182: f32 = t182[i];
  let l209: f32 = p_blocks_1_att_mix_r[i % 64i];
  let v210: f32 = l182 * l209;
  let l184: f32 = t183[i];
  let l213: f32 = t211[i % 64i];
  let v214: f32 = l184 * l213;
  let v215: f32 = v210 + v214;
  t215[i] = v215;
}
