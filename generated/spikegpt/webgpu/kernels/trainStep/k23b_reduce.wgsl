// kernel k23b_reduce (compiler/std/spiking.loom:79:40)
@group(0) @binding(0) var<storage, read> t202: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ln1_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_ln1_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t208: array<f32>;
@compute @workgroup_size(64, 1, 1)
fn k23b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x202: f32 = t202[row * 64i + col];
    let l204: f32 = p_blocks_1_ln1_g[col];
    let v205: f32 = x202 * l204;
    let l207: f32 = p_blocks_1_ln1_b[col];
    let v208: f32 = v205 + l207;
    t208[row * 64i + col] = v208;
  }
}
