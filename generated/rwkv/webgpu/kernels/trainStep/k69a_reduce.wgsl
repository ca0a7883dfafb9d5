// kernel k69a_reduce
@group(0) @binding(0) var<storage, read> t417: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t456: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(4) var<storage, read> t467: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(6) var<storage, read> t480: array<f32>;
@group(0) @binding(7) var<storage, read_write> t485: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k69a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l417: f32 = t417[row + col * 64i];
    let l211: f32 = p_blocks_1_att_mix_r[row];
    let v424: f32 = l417 * l211;
    let l456: f32 = t456[row + col * 64i];
    let l198: f32 = p_blocks_1_att_mix_v[row];
    let v463: f32 = l456 * l198;
    let v483: f32 = v424 + v463;
    let l467: f32 = t467[row + col * 64i];
    let l189: f32 = p_blocks_1_att_mix_k[row];
    let v474: f32 = l467 * l189;
    let v484: f32 = v483 + v474;
    let g: f32 = t480[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l482: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v485: f32 = v484 + l482;
    t485[row + col * 64i] = v485;
  }
}
