// kernel k40_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t262: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t263: array<f32>;
@group(0) @binding(3) var<storage, read> t268: array<f32>;
@group(0) @binding(4) var<storage, read_write> t272: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t278: array<f32>;
@group(0) @binding(7) var<storage, read_write> t282: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k40_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l262: f32 = t262[i];
  let l266: f32 = p_blocks_1_ffn_mix_k[i % 64i];
  let v267: f32 = l262 * l266;
  let l264: f32 = t263[i];
  let l270: f32 = t268[i % 64i];
  let v271: f32 = l264 * l270;
  let v272: f32 = v267 + v271;
  t272[i] = v272;
  let l276: f32 = p_blocks_1_ffn_mix_r[i % 64i];
  let v277: f32 = l262 * l276;
  let l280: f32 = t278[i % 64i];
  let v281: f32 = l264 * l280;
  let v282: f32 = v277 + v281;
  t282[i] = v282;
}
