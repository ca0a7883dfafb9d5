// kernel k94a_reduce
@group(0) @binding(0) var<storage, read> t584: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t622: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(4) var<storage, read> t633: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t651: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l584: f32 = t584[row + col * 64i];
    let l112: f32 = p_blocks_0_att_mix_r[row];
    let v591: f32 = l584 * l112;
    let l622: f32 = t622[row + col * 64i];
    let l96: f32 = p_blocks_0_att_mix_v[row];
    let v629: f32 = l622 * l96;
    let v649: f32 = v591 + v629;
    let l633: f32 = t633[row + col * 64i];
    let l86: f32 = p_blocks_0_att_mix_k[row];
    let v640: f32 = l633 * l86;
    let v650: f32 = v649 + v640;
    let g: f32 = t646[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l648: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v651: f32 = v650 + l648;
    t651[row + col * 64i] = v651;
  }
}
