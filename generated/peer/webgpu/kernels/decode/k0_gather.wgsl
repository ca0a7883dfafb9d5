// kernel k0_gather (compiler/std/nn.loom:15:42)
@group(0) @binding(0) var<storage, read> in_tokens: array<f32>;
@group(0) @binding(1) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(2) var<storage, read> in_pos: array<f32>;
@group(0) @binding(3) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(4) var<storage, read_write> t43: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k0_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l38: f32 = in_tokens[0i];
    let ix: i32 = i32(l38);
    let l0: f32 = p_wte_w[ix * 64i + i];
    let l40: f32 = in_pos[0i];
    let ix_1: i32 = i32(l40);
    let l1: f32 = p_wpe[ix_1 * 64i + i];
    let v43: f32 = l0 + l1;
    t43[i] = v43;
  }
}
