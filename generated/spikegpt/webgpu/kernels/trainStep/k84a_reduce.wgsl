// kernel k84a_reduce
@group(0) @binding(0) var<storage, read> t482: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t521: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(4) var<storage, read> t532: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(6) var<storage, read> t545: array<f32>;
@group(0) @binding(7) var<storage, read_write> t550: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k84a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l482: f32 = t482[row + col * 64i];
    let l235: f32 = p_blocks_1_att_mix_r[row];
    let v489: f32 = l482 * l235;
    let l521: f32 = t521[row + col * 64i];
    let l222: f32 = p_blocks_1_att_mix_v[row];
    let v528: f32 = l521 * l222;
    let v548: f32 = v489 + v528;
    let l532: f32 = t532[row + col * 64i];
    let l213: f32 = p_blocks_1_att_mix_k[row];
    let v539: f32 = l532 * l213;
    let v549: f32 = v548 + v539;
    let g: f32 = t545[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l547: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v550: f32 = v549 + l547;
    t550[row + col * 64i] = v550;
  }
}
