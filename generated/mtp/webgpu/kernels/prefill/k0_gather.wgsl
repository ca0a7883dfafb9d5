// kernel k0_gather (compiler/std/nn.loom:15:42)
@group(0) @binding(0) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(1) var<storage, read> p_tok_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t31: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k0_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l30: f32 = in_tokens[i / 64i];
  let ix: i32 = i32(l30);
  let l0: f32 = p_tok_w[ix * 64i + i % 64i];
  t31[i] = l0;
}
