// kernel k29a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t200: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t201: array<f32>;
@group(0) @binding(3) var<storage, read> t207: array<f32>;
@group(0) @binding(4) var<storage, read_write> t211: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t216: array<f32>;
@group(0) @binding(7) var<storage, read_write> t220: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l200: f32 = t200[i];
  let l205: f32 = p_blocks_1_att_mix_k[i % 64i];
  let v206: f32 = l200 * l205;
  let l202: f32 = t201[i];
  let l209: f32 = t207[i % 64i];
  let v210: f32 = l202 * l209;
  let v211: f32 = v206 + v210;
  t211[i] = v211;
  let l214: f32 = p_blocks_1_att_mix_v[i % 64i];
  let v215: f32 = l200 * l214;
  let l218: f32 = t216[i % 64i];
  let v219: f32 = l202 * l218;
  let v220: f32 = v215 + v219;
  t220[i] = v220;
}
