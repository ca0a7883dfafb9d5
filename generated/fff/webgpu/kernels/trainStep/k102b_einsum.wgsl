// kernel k102b_einsum
@group(0) @binding(0) var<storage, read> t542: array<f32>;
@group(0) @binding(1) var<storage, read> t521: array<f32>;
@group(0) @binding(2) var<storage, read> t537: array<f32>;
@group(0) @binding(3) var<storage, read> t539: array<f32>;
@group(0) @binding(4) var<storage, read_write> t545: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ln2_g: array<f32>;
@group(0) @binding(6) var<storage, read_write> t549: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k102b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x542: f32 = t542[i];
  let l521: f32 = t521[i];
  let v543: f32 = x542 + l521;
  let l537: f32 = t537[i];
  let v544: f32 = v543 + l537;
  let x539: f32 = t539[i];
  let v545: f32 = v544 + x539;
  t545[i] = v545;
  let l268: f32 = p_blocks_1_ln2_g[i % 64i];
  let v549: f32 = v545 * l268;
  t549[i] = v549;
}
