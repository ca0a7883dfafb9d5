// kernel k27a_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t182: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t183: array<f32>;
@group(0) @binding(3) var<storage, read> t189: array<f32>;
@group(0) @binding(4) var<storage, read_write> t193: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(6) var<storage, read> t198: array<f32>;
@group(0) @binding(7) var<storage, read_write> t202: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l182: f32 = t182[i];
  let l187: f32 = p_blocks_1_att_mix_k[i % 64i];
  let v188: f32 = l182 * l187;
  let l184: f32 = t183[i];
  let l191: f32 = t189[i % 64i];
  let v192: f32 = l184 * l191;
  let v193: f32 = v188 + v192;
  t193[i] = v193;
  let l196: f32 = p_blocks_1_att_mix_v[i % 64i];
  let v197: f32 = l182 * l196;
  let l200: f32 = t198[i % 64i];
  let v201: f32 = l184 * l200;
  let v202: f32 = v197 + v201;
  t202[i] = v202;
}
