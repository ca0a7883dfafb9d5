// kernel k2c_ew (compiler/std/spiking.loom:28:14)
@group(0) @binding(0) var<storage, read> t116: array<f32>;
@group(0) @binding(1) var<storage, read_write> t119: array<f32>;
@group(0) @binding(2) var<storage, read> t12: array<f32>;
@group(0) @binding(3) var<storage, read_write> t128: array<f32>;
@group(0) @binding(4) var<storage, read_write> t137: array<f32>;
@group(0) @binding(5) var<storage, read_write> t146: array<f32>;
@group(0) @binding(6) var<storage, read_write> t155: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k2c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let x116: f32 = t116[i];
    let v117: f32 = x116 - 1.0f;
    let v118: bool = v117 > 0.0f;
    let v119: f32 = f32(v118);
    t119[i] = v119;
    let v121: f32 = 0.9f * x116;
    let l123: f32 = t12[1536i + i];
    let v124: f32 = v121 + l123;
    let v125: f32 = v124 - v119;
    let v126: f32 = v125 - 1.0f;
    let v127: bool = v126 > 0.0f;
    let v128: f32 = f32(v127);
    t128[i] = v128;
    let v130: f32 = 0.9f * v125;
    let l132: f32 = t12[1664i + i];
    let v133: f32 = v130 + l132;
    let v134: f32 = v133 - v128;
    let v135: f32 = v134 - 1.0f;
    let v136: bool = v135 > 0.0f;
    let v137: f32 = f32(v136);
    t137[i] = v137;
    let v139: f32 = 0.9f * v134;
    let l141: f32 = t12[1792i + i];
    let v142: f32 = v139 + l141;
    let v143: f32 = v142 - v137;
    let v144: f32 = v143 - 1.0f;
    let v145: bool = v144 > 0.0f;
    let v146: f32 = f32(v145);
    t146[i] = v146;
    let v148: f32 = 0.9f * v143;
    let l150: f32 = t12[1920i + i];
    let v151: f32 = v148 + l150;
    let v152: f32 = v151 - v146;
    let v153: f32 = v152 - 1.0f;
    let v154: bool = v153 > 0.0f;
    let v155: f32 = f32(v154);
    t155[i] = v155;
  }
}
